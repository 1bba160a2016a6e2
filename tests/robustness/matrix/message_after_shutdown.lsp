# A request after shutdown: -32600; then exit ends the process with 0.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- error -32600 3
--> {"jsonrpc":"2.0","method":"exit","params":null}
exit 0
