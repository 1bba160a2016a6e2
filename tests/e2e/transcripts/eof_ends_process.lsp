# EOF on stdin ends the process; without shutdown that is exit code 1.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{"serverInfo":{"name":"stackls"}}}
eof
exit 1
stderr~ input closed
