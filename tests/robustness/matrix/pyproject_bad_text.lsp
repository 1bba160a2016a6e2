# pyproject.toml holding JSON, a Pipfile with invalid UTF-8 (sent as U+FFFD by the protocol
# repair) and duplicate keys, a 16 MiB string in setup.cfg: one clear problem each.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/pyproject.toml","languageId":"toml","version":1,"text":"{\"project\": {\"name\": \"x\", \"dependencies\": [\"flask\"]}}\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/pyproject.toml","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:JSON, not TOML}}","range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}}}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/sub/Pipfile","languageId":"toml","version":1,"text":"[packages]\nflask = \"*\"\nflask = \"==2\"\n"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/sub/Pipfile","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:TOML syntax error}}","range":{"start":{"line":2,"character":8}}}]}}
body> '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/cfg/setup.cfg","languageId":"ini","version":1,"text":"[metadata]\\ndescription = ' + 'x' * (16 * 1024 * 1024) + '\\n"}}}'
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/cfg/setup.cfg","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:16 MiB}}"}]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
