# Watched files on examples/undeclared: the server registers watchers when the client allows
# dynamic registration; a .stackls.json created on disk (not open) declares the use case and
# the open package.json is re-checked; deleting it brings the inferred findings back.
workspace> examples/undeclared
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
<-- {"method":"client/registerCapability","params":{"registrations":[{"method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/package.json"},{"globPattern":"**/*requirements*.txt"},{"globPattern":"**/requirements/*.txt"},{"globPattern":"**/constraints*.txt"},{"globPattern":"**/*.in"},{"globPattern":"**/pyproject.toml"},{"globPattern":"**/Pipfile"},{"globPattern":"**/setup.cfg"},{"globPattern":"**/.stackls.json"}]}}]}}
--> {"jsonrpc":"2.0","id":{{lastRequestId}},"result":null}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"inferred-use-case-mismatch"},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
file> .stackls.json "{\"useCase\": \"ai-ml\"}\n"
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"{{uri:.stackls.json}}","type":1},{"uri":"{{uri:node_modules/x/package.json}}","type":1}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
rm> .stackls.json
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"{{uri:.stackls.json}}","type":3}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"inferred-use-case-mismatch"},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
# Junk is ignored.
--> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":42},{"type":1},"x",{"uri":"http://example.invalid/package.json","type":2}]}}
<-- none
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
