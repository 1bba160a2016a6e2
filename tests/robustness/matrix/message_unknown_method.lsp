# An unknown request: -32601; an unknown $/ notification: ignored.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"stackls/noSuchThing","params":{}}
<-- error -32601 2
--> {"jsonrpc":"2.0","method":"$/noSuchNotification","params":{}}
<-- none
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
