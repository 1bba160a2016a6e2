# A pyproject.toml with a million keys (6 MB): refused with one diagnostic by the pre-scan,
# before toml++ builds a table of them.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
body> '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/pyproject.toml","languageId":"toml","version":1,"text":"' + 'key=1\\n' * 1000000 + '"}}}'
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/pyproject.toml","version":1,"diagnostics":[{"code":"manifest-problem","message":"{{has:more than 200000 TOML keys}}"}]}}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
