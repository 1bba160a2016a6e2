# Code lenses (for Neovim 0.7 and Eglot, which show no inlay hints): the project's fit summary
# above package.json's dependency sections and the first requirement, running
# stackls.recommendStack for the project; off with stackls.codeLens.enable=false.
workspace> examples/node-chat
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{"codeLensProvider":{"resolveProvider":false}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
# One lens per section (dependencies, devDependencies), at the section's opening brace.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"id":2,"result":[{"range":{"start":{{end:package.json@"dependencies": }},"end":{{end:package.json@"dependencies": }}},"command":{"title":"realtime-collaboration · Node.js: strong fit · Python: weak fit","command":"stackls.recommendStack","arguments":[{"root":"{{root}}"}]}},{"range":{"start":{{end:package.json@"devDependencies": }}},"command":{"command":"stackls.recommendStack"}}]}
# The lens's command, run as an editor would run it, recommends for this project.
--> {"jsonrpc":"2.0","id":3,"method":"workspace/executeCommand","params":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}"}]}}
<-- {"id":3,"result":{"recommendation":{"stack":"node"}}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"codeLens":{"enable":false}}}}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"id":4,"result":[]}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
