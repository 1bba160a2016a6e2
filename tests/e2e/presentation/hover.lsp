# Hover on examples/ml-on-node (markdown): the declared use case gets Node.js and Python side
# by side with the verdict; a dependency its card and how it fits; a finding's range its
# reasoning. Whitespace, a position past the end and an unknown document get null.
workspace> examples/ml-on-node
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"hover":{"contentFormat":["markdown","plaintext"]}}}}}
<-- {"id":1,"result":{"capabilities":{"hoverProvider":true}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:package.json}}","languageId":"json","version":1,"text":"{{text:package.json}}"}}}
# On the declaration: the comparison table, the verdict for this project's stack, the sources,
# and (same range) the mismatch finding's reasoning.
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@ai-ml}}}}
<-- {"id":2,"result":{"contents":{"kind":"markdown","value":"{{has:**AI and machine learning solutions** (`ai-ml`)…**Verdict:** Python suits it better (Node.js: weak fit, Python: strong fit). This project is on Node.js: weak fit.…| Dimension | Node.js | Python | Ahead | Matters |\n|---|---|---|---|---|\n| …_Sources: nodejs-vs-python — Use cases…(`use-case-mismatch`, warning)…Based on:}}"},"range":{{range:package.json@"ai-ml"}}}}
# The cursor right after the closing quote still counts as on the token.
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{end:package.json@"ai-ml"}}}}
<-- {"id":3,"result":{"range":{{range:package.json@"ai-ml"}}}}
# A dependency in line with the declared use case, with the finding that it is on the weaker side.
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@tfjs-node}}}}
<-- {"id":4,"result":{"contents":{"kind":"markdown","value":"{{has:**@tensorflow/tfjs-node** (npm) — deep learning…Signals: AI and machine learning solutions `ai-ml`…- AI and machine learning solutions on Node.js: weak fit (Python: strong fit)…This dependency is in line with it.…Python equivalents: `tensorflow`…\n\n---\n\n…(`dependency-against-stack`, hint)}}"},"range":{{range:package.json@"@tensorflow/tfjs-node"}}}}
# A dependency that points elsewhere: no finding, so no reasoning section.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@express}}}}
<-- {"id":5,"result":{"contents":{"value":"{{has:**express** (npm)…This dependency points elsewhere…Python equivalents:…`flask`}}"},"range":{{range:package.json@"express"}}}}
--> {"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@express}}}}
<-- {"id":6,"result":{"contents":{"value":"{{lacks:---…Based on:}}"}}}
# Nothing under the cursor, past the last line, an unknown document: null.
--> {"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@"version"}}}}
<-- {"id":7,"result":null}
--> {"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{"line":999,"character":0}}}
<-- {"id":8,"result":null}
--> {"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:nowhere/package.json}}"},"position":{"line":0,"character":0}}}
<-- {"id":9,"result":null}
# A rule turned off in the settings disappears from hovers too; the dependency card stays.
--> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"stackls":{"rules":{"dependency-against-stack":"off"}}}}}
--> {"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@tfjs-node}}}}
<-- {"id":10,"result":{"contents":{"value":"{{has:**@tensorflow/tfjs-node** (npm)}}"}}}
--> {"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@tfjs-node}}}}
<-- {"id":11,"result":{"contents":{"value":"{{lacks:dependency-against-stack}}"}}}
# Version 2 declares another use case: the hover follows the client's latest text at once.
--> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{uri:package.json}}","version":2},"contentChanges":[{"range":{{range:package.json@ai-ml}},"text":"realtime-collaboration"}]}}
--> {"jsonrpc":"2.0","id":12,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:package.json}}"},"position":{{start:package.json@ai-ml}}}}
<-- {"id":12,"result":{"contents":{"value":"{{has:**Real-time collaboration tools and chats** (`realtime-collaboration`)…**Verdict:** Node.js suits it better…This project is on Node.js: strong fit.}}"}}}
--> {"jsonrpc":"2.0","id":13,"method":"shutdown"}
<-- {"id":13,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
