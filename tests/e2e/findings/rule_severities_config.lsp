# Rule severities from the workspace's .stackls.json on examples/ml-on-node, which the
# package.json's project inherits from the folder above it: the file's levels win over the
# editor's stackls.rules; editing the open .stackls.json re-checks package.json; a rule id
# the schema does not know is an invalid-config warning at the id.
workspace> examples/ml-on-node
rm> package.json
file> app/package.json "{\"stackls\": {\"useCase\": \"ai-ml\"}, \"dependencies\": {\"@tensorflow/tfjs-node\": \"4\"}}\n"
file> .stackls.json "{\"rules\": {\"use-case-mismatch\": \"error\", \"dependency-against-stack\": \"warning\"}}\n"
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:app/package.json}}","languageId":"json","version":1,"text":"{{text:app/package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:app/package.json}}","version":1,"diagnostics":[{"code":"use-case-mismatch","severity":1},{"code":"dependency-against-stack","severity":2}]}}
# The editor's setting is a default for what the project's files leave unsaid.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"rules":{"use-case-mismatch":"hint","unsupported-use-case":"off"}}}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"{{uri:app/package.json}}"}}}
<-- {"id":2,"result":{"kind":"full","items":[{"code":"use-case-mismatch","severity":1},{"code":"dependency-against-stack","severity":2}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:.stackls.json}}","languageId":"json","version":1,"text":"{{text:.stackls.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:.stackls.json}}","version":1,"diagnostics":[]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:app/package.json}}","version":1,"diagnostics":[{"code":"use-case-mismatch","severity":1},{"code":"dependency-against-stack","severity":2}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:.stackls.json}}","version":1,"diagnostics":[]}}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:.stackls.json}}","version":2},"contentChanges":[{"text":"{\"rules\": {\"dependency-against-stack\": \"off\", \"no-such-rule\": \"off\"}}\n"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:.stackls.json}}","version":2,"diagnostics":[{"code":"invalid-config"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:app/package.json}}","version":1,"diagnostics":[{"code":"use-case-mismatch","severity":4}]}}
--> {"jsonrpc":"2.0","id":3,"method":"shutdown"}
<-- {"id":3,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
