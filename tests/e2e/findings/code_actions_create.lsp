# A fix that creates .stackls.json (examples/kivy-mobile has no package.json to hold the
# ignore list) is offered with a create operation when resourceOperations allows "create".
workspace> examples/kivy-mobile
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","source"]}}}},"workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true,"resourceOperations":["create"]}}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"use-case-mismatch","range":{{range:requirements.txt@mobile}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"range":{{range:requirements.txt@mobile}},"context":{"diagnostics":[]}}}
<-- {"id":2,"result":[{"title":"Ignore use-case-mismatch in this project","kind":"quickfix","edit":{"documentChanges":[{"kind":"create","uri":"{{uri:.stackls.json}}","options":{"ignoreIfExists":true}},{"textDocument":{"uri":"{{uri:.stackls.json}}","version":null},"edits":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"newText":"{\n  \"ignore\": [\"use-case-mismatch\"]\n}\n"}]}]}},{"kind":"source"}]}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
