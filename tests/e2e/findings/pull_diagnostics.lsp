# A client with pull diagnostics (textDocument.diagnostic) gets diagnosticProvider and no
# pushes (both would show every problem twice); a pull answers for the latest version
# (declaring "web" removes the mismatch of the declared "ai-ml").
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"diagnostic":{"dynamicRegistration":false}}}}}
<-- {"id":1,"result":{"capabilities":{"diagnosticProvider":{"interFileDependencies":true,"workspaceDiagnostics":false}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"id":2,"result":{"kind":"full","items":[{"code":"use-case-mismatch","range":{{range:package.json@"ai-ml"}}},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"range":{{range:package.json@ai-ml}},"text":"web"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"id":3,"result":{"kind":"full","items":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"{{uri:other/package.json}}"}}}
<-- {"id":4,"result":{"kind":"full","items":[]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
