# Columns after emoji (fixtures/emoji): UTF-16 code units by default (Neovim 0.7 and Eglot),
# bytes once the client offers utf-8; hover ranges, inlay hint positions and completion edits alike.
workspace> fixtures/emoji
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{}}}
<-- {"id":1,"result":{}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json#id}}}}
<-- {"id":2,"result":{"range":{{range:package.json#id}}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json#dep}}}}
<-- {"id":3,"result":{"contents":{"value":"{{has:**socket.io** (npm)}}"},"range":{{range:package.json#dep}}}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"{{uri:package.json}}"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}}
<-- {"id":4,"result":[{"label":"Node.js: strong fit","position":{{start:package.json#idEnd}}},{"label":"real-time","position":{{start:package.json#depEnd}}}]}
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json#idEnd}}}}
<-- {"id":5,"result":{"items":[]}}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
