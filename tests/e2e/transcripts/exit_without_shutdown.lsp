# exit without shutdown: exit code 1.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{"serverInfo":{"name":"stackls"}}}
--> {"jsonrpc":"2.0","method":"exit"}
exit 1
