# 200,000 nested arrays: refused by the depth limit (-32700) before parsing; no stack
# overflow, and the next message is served.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
<-- {"id":1,"result":{}}
body> "[" * 200000
<-- {"id":null,"error":{"code":-32700,"message":"JSON nested deeper than 128 levels"}}
body> '{"jsonrpc":"2.0","id":2,"method":"x","params":' + '{"a":' * 100000 + '1' + '}' * 100001
<-- {"id":null,"error":{"code":-32700}}
# Deep but within the limit is fine (an unknown method, so -32601).
body> '{"jsonrpc":"2.0","id":3,"method":"x","params":' + '[' * 100 + ']' * 100 + '}'
<-- error -32601 3
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
