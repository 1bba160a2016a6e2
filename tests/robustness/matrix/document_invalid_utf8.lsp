# A didOpen whose text holds invalid UTF-8 bytes: repaired, diagnostics published for it.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
body> b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/package.json","languageId":"json","version":1,"text":"{\\"dependencies\\": {\\"express\xff\xfe\\": \\"1\\"}}"}}}'
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/package.json","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":20}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
