# The same request from a client that cannot create files (documentChanges without
# resourceOperations): the fix would need a new file, so it is not offered at all.
workspace> examples/kivy-mobile
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","source"]}}}},"workspace":{"applyEdit":true,"workspaceEdit":{"documentChanges":true}}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"use-case-mismatch","range":{{range:requirements.txt@mobile}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"range":{{range:requirements.txt@mobile}},"context":{"diagnostics":[]}}}
<-- {"id":2,"result":[{"kind":"source"}]}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
