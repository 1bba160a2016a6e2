# A request before initialize: -32002; a notification before it is dropped.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x/package.json","languageId":"json","version":1,"text":"{}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- error -32002 2
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
