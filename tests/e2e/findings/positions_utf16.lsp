# Emoji before the error on the same line: the diagnostic's columns are UTF-16 code units
# (the default; Neovim 0.7 and Eglot never negotiate), and the quick fix's edit uses the same units.
workspace> fixtures/emoji
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"codeAction":{"codeActionLiteralSupport":{"codeActionKind":{"valueSet":["quickfix"]}}}}}}}
<-- {"id":1,"result":{"capabilities":{"positionEncoding":"utf-16"}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":1,"diagnostics":[{"code":"unknown-use-case","range":{{range:package.json#bad}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{{range:package.json#bad}},"context":{"diagnostics":[]}}}
<-- {"id":2,"result":[{"title":"Change to \"ai-ml\"","isPreferred":true,"edit":{"changes":{"{{uri:package.json}}":[{"range":{{range:package.json#bad}},"newText":"\"ai-ml\""}]}}},{"kind":"source"}]}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
