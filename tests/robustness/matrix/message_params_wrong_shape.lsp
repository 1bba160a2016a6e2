# Params of the wrong shape: -32602 from the binder.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":[1,2]}
<-- error -32602 2
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":7},"position":{"line":0,"character":0}}}
<-- error -32602 3
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
