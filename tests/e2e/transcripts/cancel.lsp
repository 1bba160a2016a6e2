# $/cancelRequest for a request that is still pending answers it -32800 (and it does not
# run: the cancelled shutdown leaves the server running).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
..> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}
<-- error -32800 2
--> {"jsonrpc":"2.0","id":3,"method":"stackls/noSuchThing"}
<-- error -32601 3
# Cancelling something already answered, or unknown, changes nothing.
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":3}}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"never-sent"}}
--> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{}}
<-- none
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
