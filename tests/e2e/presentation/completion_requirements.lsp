# Completion in examples/python-ml/requirements.txt: use-case ids in the `# stackls: use-case=`
# comment (the id under the cursor is replaced), PyPI catalogue names at a requirement's name;
# nothing after the name.
workspace> examples/python-ml
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{end:requirements.txt@use-case=ai}}}}
<-- {"id":2,"result":{"items":["{{some}}",{"label":"ai-ml","detail":"AI and machine learning solutions","textEdit":{"range":{{range:requirements.txt@ai-ml}},"newText":"ai-ml"}},{"label":"numerical-scientific"}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{end:requirements.txt@tor}}}}
<-- {"id":3,"result":{"items":["{{some}}",{"label":"torch","kind":9,"textEdit":{"range":{{range:requirements.txt@torch}},"newText":"torch"}},{"label":"flask","detail":"web framework"}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{end:requirements.txt@torch==2}}}}
<-- {"id":4,"result":{"items":[]}}
--> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
