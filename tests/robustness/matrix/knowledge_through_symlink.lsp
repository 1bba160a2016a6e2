# A knowledge file reached through a symlink to /etc: refused after resolving, an invalid-config error.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
link> etc /etc
file> package.json '{\n  "name": "app",\n  "dependencies": {\n    "express": "^4.18.2",\n    "@tensorflow/tfjs-node": "^4.0.0"\n  }\n}\n'
file> .stackls.json '{"knowledge": "etc/passwd"}'
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/.stackls.json","languageId":"text","version":1,"text":"{\"knowledge\": \"etc/passwd\"}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/.stackls.json","version":1,"diagnostics":[{"code":"invalid-config","severity":1}]}}
--> {"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":50,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
