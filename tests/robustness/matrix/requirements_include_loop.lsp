# An include loop across three requirements files: reported at the include that closes it,
# nothing hangs.
file> requirements.txt '-r a-requirements.txt\nflask\n'
file> a-requirements.txt '-r b-requirements.txt\n'
file> b-requirements.txt '-r requirements.txt\n'
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/requirements.txt","languageId":"pip-requirements","version":1,"text":"-r a-requirements.txt\nflask\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/requirements.txt","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:include cycle}}"}]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
