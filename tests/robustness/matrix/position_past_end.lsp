# A hover on line 10,000 and on character 10,000: clamped, answered without error.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/package.json","languageId":"text","version":1,"text":"{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\",\n    \"@tensorflow/tfjs-node\": \"^4.0.0\"\n  }\n}\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/package.json","version":1}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":10000,"character":0}}}
<-- {"id":2,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":3,"character":10000}}}
<-- {"id":3,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":-1,"character":-5}}}
<-- {"id":4,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
