# Code lens on a requirements file (examples/python-ml): above the first requirement, not the
# comment; an undeclared project (examples/undeclared) says its use case is inferred.
workspace> examples/python-ml
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"}}}
<-- {"id":2,"result":[{"range":{"start":{{start:requirements.txt@torch==}},"end":{{start:requirements.txt@torch==}}},"command":{"title":"ai-ml · Node.js: weak fit · Python: strong fit","command":"stackls.recommendStack"}}]}
# Without the declaration the use case is inferred from the dependencies.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","version":2},"contentChanges":[{"range":{{range:requirements.txt@stackls: use-case=ai-ml}},"text":"models"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"}}}
<-- {"id":3,"result":[{"command":{"title":"{{has:ai-ml…(inferred)}}"}}]}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
