# A Content-Length that cuts the JSON short: -32700 with id null for the cut body, then the stream resyncs and serves the next frame.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
raw> 'Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"x"}'
<-- {"id":null,"error":{"code":-32700}}
--> {"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":50,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
