# A body cut off by EOF: no answer, and the process exits with 1 (no shutdown was received).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
raw> 'Content-Length: 100\r\n\r\n{"jsonrpc"'
eof
exit 1
