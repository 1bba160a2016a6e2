# -r includes in a cycle across three files: no hang; diagnostics published and hovers answered.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
file> requirements.txt '-r requirements-dev.txt\nflask\n'
file> requirements-dev.txt '-r requirements-test.txt\npytest\n'
file> requirements-test.txt '-r requirements.txt\ntorch\n'
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/requirements.txt","languageId":"text","version":1,"text":"-r requirements-dev.txt\nflask\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/requirements.txt","version":1}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/requirements-test.txt","languageId":"text","version":1,"text":"-r requirements.txt\ntorch\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/requirements-test.txt","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/requirements.txt"},"position":{"line":1,"character":2}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
