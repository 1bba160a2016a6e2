# An id that is an object: -32600 with id null.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover"}
<-- {"id":null,"error":{"code":-32600}}
--> {"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":50,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
