# A Poetry pyproject.toml (examples/poetry-realtime): diagnostics at exact ranges (the declared
# id, the Poetry keys); a hover on a Poetry key; while the TOML is broken, one syntax error at
# the parser's position and the last good model for the rest; the next good edit recovers.
workspace> examples/poetry-realtime
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"hover":{"contentFormat":["markdown"]}}}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}","languageId":"toml","version":1,"text":"{{text:pyproject.toml}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:pyproject.toml}}","version":1,"diagnostics":[{"code":"dependency-against-stack","severity":4,"range":{{range:pyproject.toml@channels}}},{"code":"dependency-against-stack","severity":4,"range":{{range:pyproject.toml@channels-redis}}},{"code":"use-case-mismatch","severity":2,"range":{{range:pyproject.toml@"realtime-collaboration"}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{start:pyproject.toml@channels}}}}
<-- {"id":2,"result":{"contents":{"kind":"markdown","value":"{{has:**channels** (pypi)…Node.js equivalents:}}"},"range":{{range:pyproject.toml@channels}}}}
# Broken TOML (an unclosed string): one syntax error where toml++ stopped; the findings of
# the last good model stay, and so does the hover.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}","version":2},"contentChanges":[{"range":{{range:pyproject.toml@"^8.1"}},"text":"\"^8.1"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:pyproject.toml}}","version":2,"diagnostics":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"},{"code":"manifest-problem","severity":1,"message":"{{has:TOML syntax error}}"},{"code":"use-case-mismatch"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{start:pyproject.toml@channels}}}}
<-- {"id":3,"result":{"contents":{"value":"{{has:**channels** (pypi)}}"}}}
# Fixed again: the syntax error goes.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}","version":3},"contentChanges":[{"text":"{{text:pyproject.toml}}"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:pyproject.toml}}","version":3,"diagnostics":[{"code":"dependency-against-stack"},{"code":"dependency-against-stack"},{"code":"use-case-mismatch"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
