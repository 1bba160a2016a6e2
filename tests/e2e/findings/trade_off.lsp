# A Python project that declares microservices: the source favours Node.js there but rates
# Python "fits", so the diagnostic is information worded as a trade-off (what each side
# brings, what helps, how to silence it), at the declared id, with an ignore fix.
workspace> tests/e2e/findings/fixtures/python-services
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"pip-requirements","version":1,"text":"{{text:requirements.txt}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:requirements.txt}}","version":1,"diagnostics":[{"code":"use-case-trade-off","severity":3,"range":{{range:requirements.txt@microservices}},"data":{"rule":"use-case-trade-off","useCase":"microservices"}}]}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
