# A pyproject.toml with 100,000-deep inline arrays and tables: refused before toml++ sees it,
# one diagnostic at the first level too deep, no stack overflow.
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{WS}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
body> '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{WS}}/pyproject.toml","languageId":"toml","version":1,"text":"a = ' + '[' * 100000 + ']' * 100000 + '\\nb = ' + '{c = ' * 100000 + '"}}}'
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{WS}}/pyproject.toml","version":1,"diagnostics":[{"code":"manifest-problem","range":{"start":{"line":0,"character":68},"end":{"line":0,"character":69}}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{WS}}/pyproject.toml"},"position":{"line":0,"character":100000}}}
<-- {"id":2}
--> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<-- {"id":99,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
