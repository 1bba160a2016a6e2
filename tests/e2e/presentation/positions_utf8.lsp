# The same fixture with positions in UTF-8 (the client lists utf-8 first): columns are bytes.
workspace> fixtures/emoji
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"general":{"positionEncodings":["utf-8","utf-16"]}}}}
<-- {"id":1,"result":{"capabilities":{"positionEncoding":"utf-8"}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start8:package.json#dep}}}}
<-- {"id":2,"result":{"range":{{range8:package.json#dep}}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}}
<-- {"id":3,"result":[{"label":"Node.js: strong fit","position":{{start8:package.json#idEnd}}},{"label":"real-time","position":{{start8:package.json#depEnd}}}]}
--> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<-- {"id":4,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
