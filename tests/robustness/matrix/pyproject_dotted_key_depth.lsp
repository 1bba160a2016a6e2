# A table header and a dotted key each 100,000 parts long: refused by the pre-scan (a tree that
# deep would overflow the stack when toml++ frees it).
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
body> '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/pyproject.toml","languageId":"toml","version":1,"text":"[' + 'a.' * 100000 + 'b]\\nx' + '.y' * 100000 + ' = 1\\n"}}}'
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/pyproject.toml","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:nested deeper than 64 levels}}"}]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
