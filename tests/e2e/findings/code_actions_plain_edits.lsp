# examples/misconfigured for a client without documentChanges (plain "changes" edits): the
# "did you mean" replacement for an unknown id is the preferred fix.
workspace> examples/misconfigured
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix","source"]}}}},"workspace":{"applyEdit":true}}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"js","version":1,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"unknown-use-case","severity":1,"range":{{range:package.json@"machine-learnin"}}},{"code":"use-case-trade-off","severity":3},{"code":"unsupported-use-case"}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{start:package.json@machine-learnin}},"context":{"diagnostics":[]}}}
<-- error -32602 2
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{range:package.json@machine-learnin}},"context":{"diagnostics":[]}}}
<-- {"id":3,"result":[{"title":"Change to \"ai-ml\"","kind":"quickfix","isPreferred":true,"edit":{"changes":{"{{uri:package.json}}":[{"range":{{range:package.json@"machine-learnin"}},"newText":"\"ai-ml\""}]}}},{"kind":"source"}]}
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"range":{{range:package.json@"machine-learnin"}},"text":"\"ai-ml\""}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":2,"diagnostics":[{"code":"use-case-mismatch","range":{"start":{{start:package.json@"machine-learnin"}},"end":{"line":4,"character":30}}},{"code":"unsupported-use-case"},{"code":"use-case-trade-off"},{"code":"unsupported-use-case"}]}}
--> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<-- {"id":9,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
