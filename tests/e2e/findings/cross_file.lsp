# A change in one manifest re-checks the whole project: on examples/undeclared, opening a
# .stackls.json (not on disk) that declares ai-ml republishes package.json without the
# inferred findings; closing it clears its list and brings them back.
workspace> examples/undeclared
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":3,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","version":3,"diagnostics":[{"code":"inferred-use-case-mismatch","range":{{range:package.json@"@tensorflow/tfjs-node"}}},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:.stackls.json}}","languageId":"json","version":1,"text":"{\"useCase\": \"ai-ml\"}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","version":3,"diagnostics":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:.stackls.json}}","version":1,"diagnostics":[{"code":"use-case-mismatch","range":{"start":{"line":0,"character":12},"end":{"line":0,"character":19}}}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"{{uri:.stackls.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:.stackls.json}}","diagnostics":[]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","version":3,"diagnostics":[{"code":"inferred-use-case-mismatch"},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
