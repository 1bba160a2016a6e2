# Eglot sends shutdown with "params": null and expects the same clean exit.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"file:///tmp/w/","capabilities":{},"initializationOptions":{}}}
<-- {"id":1,"result":{"serverInfo":{"name":"stackls"}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{}}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit","params":null}
exit 0
