# Diagnostics on examples/ml-on-node: pushed for the version the client last sent, with the
# rule id as code, data a code action can match on and the evidence as related information
# (the client declares publishDiagnostics.relatedInformation, as the spec asks);
# stackls.rules.<id> changes a severity or turns a rule off; an empty settings object means
# defaults again; closing the document clears its list.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"publishDiagnostics":{"relatedInformation":true}}}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","version":1,"diagnostics":[{"code":"use-case-mismatch","source":"stackls","severity":2,"range":{{range:package.json@"ai-ml"}},"data":{"rule":"use-case-mismatch","file":"package.json","useCase":"ai-ml"},"relatedInformation":[{"location":{"uri":"{{uri:package.json}}","range":{{range:package.json@"@tensorflow/tfjs-node"}}}},{"location":{"uri":"{{uri:package.json}}","range":{{range:package.json@"danfojs-node"}}}}]},{"code":"dependency-against-stack","severity":4,"range":{{range:package.json@"@tensorflow/tfjs-node"}},"data":{"dependency":"@tensorflow/tfjs-node"}},{"code":"dependency-against-stack","severity":4,"range":{{range:package.json@"danfojs-node"}},"data":{"dependency":"danfojs-node"}}]}}
# A typo in the declaration: the unknown id is an error at once, for version 2.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"range":{{range:package.json@ai-ml}},"text":"ai-mll"}]}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","version":2,"diagnostics":[{"code":"unknown-use-case","severity":1,"range":{"start":{{start:package.json@"ai-ml"}},"end":{"line":5,"character":23}}},{"code":"inferred-use-case-mismatch","severity":3},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
# Settings: one rule off, another lowered; the list is republished for the same version.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"rules":{"dependency-against-stack":"off","unknown-use-case":"warning"}}}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":2,"diagnostics":[{"code":"unknown-use-case","severity":2},{"code":"inferred-use-case-mismatch"}]}}
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"version":2,"diagnostics":[{"code":"unknown-use-case","severity":1},{"code":"inferred-use-case-mismatch"},{"code":"dependency-against-stack"},{"code":"dependency-against-stack"}]}}
--> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- {"method":"textDocument/publishDiagnostics","params":{"uri":"{{uri:package.json}}","diagnostics":[]}}
--> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<-- {"id":2,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
