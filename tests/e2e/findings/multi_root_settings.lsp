# Two workspace folders whose stackls.useCase differ: the server asks for each folder's
# settings (scopeUri) and each project is advised with its own folder's use case.
workspace> examples/node-chat
rm> package.json
file> a/package.json "{\"name\": \"a\", \"dependencies\": {\"express\": \"4\"}}\n"
file> b/package.json "{\"name\": \"b\", \"dependencies\": {\"express\": \"4\"}}\n"
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"workspace":{"configuration":true,"workspaceFolders":true}},"workspaceFolders":[{"uri":"{{root}}/a","name":"a"},{"uri":"{{root}}/b","name":"b"}]}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"method":"workspace/configuration","params":{"items":[{"section":"stackls"},{"scopeUri":"{{root}}/a","section":"stackls"},{"scopeUri":"{{root}}/b","section":"stackls"}]}}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":[{"useCase":[]},{"useCase":"ai-ml"},{"useCase":"realtime-collaboration"}]}
--> {"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}/a"}]}}
<-- {"id":2,"result":{"declaredUseCases":["ai-ml"],"recommendation":{"stack":"python"}}}
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}/b"}]}}
<-- {"id":3,"result":{"declaredUseCases":["realtime-collaboration"],"recommendation":{"stack":"node"}}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:a/package.json}}","languageId":"json","version":1,"text":"{{text:a/package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:a/package.json}}","diagnostics":[{"code":"use-case-mismatch","data":{"useCase":"ai-ml"}},{"code":"unsupported-use-case"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:b/package.json}}","languageId":"json","version":1,"text":"{{text:b/package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:b/package.json}}","diagnostics":[{"code":"unsupported-use-case","data":{"useCase":"realtime-collaboration"}}]}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
