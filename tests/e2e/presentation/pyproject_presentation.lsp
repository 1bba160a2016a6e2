# Presentation features on a pyproject.toml: completion of use-case ids in [tool.stackls] and of
# PyPI names in a [project] dependency array and as a Poetry key; an inlay hint after a known
# dependency and after the declared id; a code lens over each dependency section.
workspace> fixtures/pyproject-app
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{"capabilities":{}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}","languageId":"toml","version":1,"text":"{{text:pyproject.toml}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{end:pyproject.toml#uc}}}}
<-- {"id":2,"result":{"isIncomplete":false,"items":["{{some}}",{"label":"ai-ml","kind":20,"textEdit":{"newText":"ai-ml"}}]}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{end:pyproject.toml#nump}}}}
<-- {"id":3,"result":{"items":["{{some}}",{"label":"numpy","kind":9}]}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{end:pyproject.toml#key}}}}
<-- {"id":4,"result":{"items":["{{some}}",{"label":"pillow","kind":9}]}}
# The version part of a string: nothing.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"position":{{end:pyproject.toml@>=2}}}}
<-- {"id":5,"result":{"items":[]}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"},"range":{"start":{"line":0,"character":0},"end":{"line":20,"character":0}}}}
<-- {"id":6,"result":["{{some}}",{"position":{{end:pyproject.toml@"torch>=2.2"}}},{"label":"{{has:Python: strong fit}}","position":{{end:pyproject.toml@"ai-ml"}}}]}
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:pyproject.toml}}"}}}
<-- {"id":7,"result":[{"range":{"start":{{start:pyproject.toml@"torch}},"end":{{start:pyproject.toml@"torch}}},"command":{"title":"{{has:ai-ml}}"}},{"range":{"start":{{start:pyproject.toml@pillow}}}}]}
--> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<-- {"id":8,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
