# A hover between the two UTF-16 halves of an emoji: answered (clamped to the character), no error.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/package.json","languageId":"text","version":1,"text":"{\n  \"dependencies\": {\n    \"😀express\": \"1\",\n    \"express\": \"^4\"\n  }\n}\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/package.json","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":2,"character":6}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":3,"character":7}}}
<-- {"id":3,"result":{"contents":{}}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
