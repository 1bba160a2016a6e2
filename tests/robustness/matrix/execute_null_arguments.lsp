# Every advertised command with arguments null (as Eglot sends): recommendStack answers that there is nothing to go on, the others InvalidParams; never InternalError.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":null}}
<-- {"id":2,"result":{"recommendation":null,"stacks":[]}}
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.explain","arguments":null}}
<-- error -32602 3
--> {"jsonrpc":"2.0","id":4,"method":"workspace/executeCommand","params":{"command":"stackls.declareUseCase","arguments":null}}
<-- error -32602 4
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
