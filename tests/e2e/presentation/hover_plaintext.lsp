# Hover in plain text (Eglot without markdown-mode lists only plaintext) on examples/flask-chat:
# the requirements comment's use case and a requirement, with no markdown syntax at all.
workspace> examples/flask-chat
--> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"{{root}}","capabilities":{"textDocument":{"hover":{"contentFormat":["plaintext"]}}}}}
<-- {"id":1,"result":{"capabilities":{"hoverProvider":true}}}
--> {"jsonrpc":"2.0","method":"initialized","params":{}}
--> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{uri:requirements.txt}}","languageId":"text","version":1,"text":"{{text:requirements.txt}}"}}}
--> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{start:requirements.txt@collaboration}}}}
<-- {"id":2,"result":{"contents":{"kind":"plaintext","value":"{{has:Real-time collaboration tools and chats (realtime-collaboration)…Verdict: Node.js suits it better (Node.js: strong fit, Python: weak fit). This project is on Python: weak fit.…\nDimension…Node.js…Python…Ahead…Matters\n---}}"},"range":{{range:requirements.txt@realtime-collaboration}}}}
--> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{start:requirements.txt@collaboration}}}}
<-- {"id":3,"result":{"contents":{"value":"{{lacks:**…`…| …_Sources}}"}}}
--> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{start:requirements.txt@socketio}}}}
<-- {"id":4,"result":{"contents":{"kind":"plaintext","value":"{{has:flask-socketio (pypi) — real-time…Real-time collaboration tools and chats on Python: weak fit (Node.js: strong fit)…This dependency is in line with it.…Node.js equivalents: socket.io}}"},"range":{{range:requirements.txt@flask-socketio}}}}
# On the requirement's version spec: nothing.
--> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"{{uri:requirements.txt}}"},"position":{{end:requirements.txt@flask==3}}}}
<-- {"id":5,"result":null}
--> {"jsonrpc":"2.0","id":6,"method":"shutdown"}
<-- {"id":6,"result":null}
--> {"jsonrpc":"2.0","method":"exit"}
exit 0
