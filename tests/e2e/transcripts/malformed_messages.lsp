# Bad input gets the code issue 2 names, and the server keeps serving the next message.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
# Malformed JSON: -32700 with id null.
raw> "Content-Length: 24\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":2,"
<-- {"id":null,"error":{"code":-32700}}
# Invalid UTF-8 (Neovim sends buffers as they are) is repaired with U+FFFD, not refused.
body> b'{"jsonrpc":"2.0","id":2,"method":"a\xff\xfeb"}'
<-- {"id":2,"error":{"code":-32601,"message":"method not found: a\ufffd\ufffdb"}}
stderr~ invalid UTF-8
# Not an object, a batch, a bare value: -32600 with id null.
--> [{"jsonrpc":"2.0","id":3,"method":"shutdown"}]
<-- {"id":null,"error":{"code":-32600}}
--> "hello"
<-- {"id":null,"error":{"code":-32600}}
# No method: -32600, naming the id when it is usable.
--> {"jsonrpc":"2.0","id":4}
<-- error -32600 4
--> {"jsonrpc":"2.0","id":{"nested":true},"method":"shutdown"}
<-- {"id":null,"error":{"code":-32600}}
--> {"jsonrpc":"2.0","id":5,"method":42}
<-- error -32600 5
# Params of the wrong shape: -32602 from the binder.
--> {"jsonrpc":"2.0","id":6,"method":"shutdown","params":{"force":true}}
<-- error -32602 6
--> {"jsonrpc":"2.0","id":7,"method":"workspace/executeCommand","params":[1,2]}
<-- error -32602 7
--> {"jsonrpc":"2.0","id":8,"method":"workspace/executeCommand","params":{"command":17}}
<-- error -32602 8
# A notification with bad params is dropped silently.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":5}}}
<-- none
# Still serving.
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
