# A 70 MB didOpen frame: over the 64 MB frame cap, skipped as it streams; the document stays unknown; still serving.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
body> '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/package.json","languageId":"json","version":1,"text":"' + 'x' * 70000000 + '"}}}'
<-- none
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
