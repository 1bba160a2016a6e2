# Quick fixes on examples/ml-on-node, matched by the diagnostic's code and data (Neovim sends
# ranges converted to bytes, so the range is ignored when data is there), by code and range
# when data is missing, filtered by context.only; applying the fix removes the diagnostic,
# and the diagnostic of the old version then finds nothing.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["","Empty","QuickFix","quickfix","source"]}}}},"workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true}}}}}
<-- {"id":1,"result":{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix","source"]}}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"use-case-mismatch"},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
# By data: the range the client sends back is wrong on purpose.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"code":"use-case-mismatch","source":"stackls","message":"m","data":{"rule":"use-case-mismatch","file":"package.json","useCase":"ai-ml","ordinal":0}}]}}}
<-- {"id":2,"result":[{"title":"Ignore use-case-mismatch in this project","kind":"quickfix","diagnostics":[{"code":"use-case-mismatch"}],"edit":{"documentChanges":[{"textDocument":{"uri":"{{uri:package.json}}","version":1},"edits":[{"range":{"start":{{end:package.json@"stackls": {}},"end":{{end:package.json@"stackls": {}}},"newText":"\"ignore\": [\"use-case-mismatch\"], "}]}]}},{"title":"Recommend stack for this project","kind":"source","command":{"command":"stackls.recommendStack","arguments":[{"root":"{{root}}"}]}}]}
# No data (a client that drops it): the code and an overlapping range find it.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{range:package.json@"danfojs-node"}},"context":{"diagnostics":[{"range":{{range:package.json@"danfojs-node"}},"code":"dependency-against-stack","source":"stackls","message":"m"}]}}}
<-- {"id":3,"result":[{"title":"Ignore dependency-against-stack in this project","kind":"quickfix","diagnostics":[{"code":"dependency-against-stack"}]},{"kind":"source"}]}
# context.only
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{range:package.json@"ai-ml"}},"context":{"diagnostics":[],"only":["source"]}}}
<-- {"id":4,"result":[{"title":"Recommend stack for this project","kind":"source"}]}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{range:package.json@"ai-ml"}},"context":{"diagnostics":[],"only":["quickfix"]}}}
<-- {"id":5,"result":[{"title":"Ignore use-case-mismatch in this project","kind":"quickfix"}]}
# Bad input: an unknown document, a range past the end, diagnostics of another server.
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:nowhere/readme.md}}"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}
<-- {"id":6,"result":[]}
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":999,"character":5},"end":{"line":1000,"character":0}},"context":{"diagnostics":[{"range":{"start":{"line":999,"character":5},"end":{"line":1000,"character":0}},"code":42,"source":"eslint","message":"m","data":[1]}]}}}
<-- {"id":7,"result":[{"kind":"source"}]}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":"not a range","context":{}}}
<-- error -32602 8
# The client applies the first fix: the diagnostic is gone from version 2.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"range":{"start":{{end:package.json@"stackls": {}},"end":{{end:package.json@"stackls": {}}},"text":"\"ignore\": [\"use-case-mismatch\"], "}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":2,"diagnostics":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
# Eglot may ask with the diagnostic of version 1: nothing matches any more.
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[{"range":{{range:package.json@"ai-ml"}},"code":"use-case-mismatch","source":"stackls","message":"m","data":{"rule":"use-case-mismatch","file":"package.json","useCase":"ai-ml","ordinal":0}}]}}}
<-- {"id":9,"result":[{"kind":"source"}]}
--> {"jsonrpc":"2.0","id":10,"method":"shutdown"}
<-- {"id":10,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
