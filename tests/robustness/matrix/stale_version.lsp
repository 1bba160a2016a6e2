# A didChange whose version is older than the open one: refused with a warning (logMessage), no diagnostics for the stale version; the next good change is served.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/package.json","languageId":"text","version":5,"text":"{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\",\n    \"@tensorflow/tfjs-node\": \"^4.0.0\"\n  }\n}\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/package.json","version":5}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{WS}}/package.json","version":1},"contentChanges":[{"text":"{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\",\n    \"@tensorflow/tfjs-node\": \"^4.0.0\"\n  }\n}\n"}]}}
<-- {"method":"window/logMessage","params":{"type":2}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{WS}}/package.json","version":6},"contentChanges":[{"text":"{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"express\": \"^4.18.2\",\n    \"@tensorflow/tfjs-node\": \"^4.0.0\"\n  }\n}\n "}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/package.json","version":6}}
--> {"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/package.json"},"position":{"line":0,"character":0}}}
<-- {"id":50,"result":"{{any}}"}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
