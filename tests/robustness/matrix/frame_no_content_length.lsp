# A header block without Content-Length: dropped, logged, nothing answered; the next frame is served.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
raw> 'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
<-- none
stderr~ Content-Length
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
