# Bad input to the presentation features: params that do not decode get -32602; unknown
# documents, non-manifests and positions outside the text get an empty result; nothing crashes.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- error -32602 2
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":"five","character":0}}}
<-- error -32602 3
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"}}}
<-- error -32602 4
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/codeLens","params":{}}
<-- error -32602 5
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":null}
<-- error -32602 6
# Negative and huge positions, an inverted range.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":-1,"character":-5}}}
<-- {"id":7,"result":null}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":2147483647,"character":2147483647}}}
<-- {"id":8,"result":null}
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":9,"character":0},"end":{"line":2,"character":0}}}}
<-- {"id":9,"result":[]}
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":-3,"character":0}}}
<-- {"id":10,"result":{"items":[]}}
# A document that is no manifest gets nothing; an unsaved manifest (untitled:) is a project of its own.
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:README.md}}","languageId":"markdown","version":1,"text":"{{text:README.md}}"}}}
--> {"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:README.md}}"},"position":{"line":0,"character":2}}}
<-- {"id":11,"result":null}
--> {"jsonrpc":"2.0","id":12,"method":"textDocument/codeLens","params":{"textDocument":{"uri":"{{uri:README.md}}"}}}
<-- {"id":12,"result":[]}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:package.json","languageId":"json","version":1,"text":"{\"stackls\": {\"useCase\": \"ai-ml\"}}"}}}
--> {"jsonrpc":"2.0","id":13,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:package.json"},"position":{"line":0,"character":26}}}
<-- {"id":13,"result":{"contents":{"value":"{{has:(`ai-ml`)}}"}}}
--> {"jsonrpc":"2.0","id":14,"method":"textDocument/completion","params":{"textDocument":{"uri":"untitled:package.json"},"position":{"line":0,"character":26}}}
<-- {"id":14,"result":{"items":["{{some}}",{"label":"ai-ml"}]}}
--> {"jsonrpc":"2.0","id":15,"method":"shutdown"}
<-- {"id":15,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
