;;; eglot_features.el --- Emacs 28 + Eglot 1.9 in batch mode against stackls  -*- lexical-binding: t -*-
;; On a copy of examples/ml-on-node: the mismatch diagnostic reaches Flymake, a hover (plain
;; text: no markdown-mode here) compares Node.js and Python, a quick fix applied through
;; Eglot's own edit code makes the diagnostic go away, and stackls.recommendStack answers.
;; Then a second server on a PEP 621 pyproject.toml: the mismatch sits exactly on the
;; declared id, and a hover on a dependency names it.
;; Batch Emacs runs no idle timers, so the Flymake start and Eglot's didChange flush that
;; an interactive session does on idle are called directly.

(dolist (dir '("eglot-1.9" "project-0.8.1" "xref-1.6.0" "seq-2.23"))
  (add-to-list 'load-path (expand-file-name dir "/usr/share/emacs/site-lisp/elpa")))
(require 'eglot)

(defvar stackls-bin (getenv "STACKLS_BIN"))
(defvar stackls-root (file-name-as-directory (getenv "STACKLS_WORKSPACE")))
(defvar stackls-pyproject-root (file-name-as-directory (getenv "STACKLS_PYPROJECT_WORKSPACE")))
(defvar stackls-project-root stackls-root "The root `project-current' answers with.")
(defvar stackls-failures nil)

(defun stackls-check (ok what)
  (unless ok (push what stackls-failures))
  ok)

(defun stackls-wait (pred seconds)
  "Run the event loop until PRED is non-nil or SECONDS pass; return PRED's value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun stackls-diagnostic-texts ()
  (flymake-start)
  (accept-process-output nil 0.05)
  (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))

(defun stackls-diagnostic-with-code (code)
  (flymake-start)
  (accept-process-output nil 0.05)
  (cl-find-if (lambda (d) (string-match-p (regexp-quote (format "stackls [%s]" code)) (flymake-diagnostic-text d)))
              (flymake-diagnostics)))

(defun stackls-hover-text (server)
  "The hover at point as text."
  (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
         (contents (plist-get hover :contents)))
    (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))

(defun stackls-finish ()
  (if stackls-failures
      (progn (princ (format "FAIL:\n  %s\n" (mapconcat #'identity (reverse stackls-failures) "\n  ")))
             (kill-emacs 1))
    (princ "PASS: eglot features (diagnostic, hover, quick fix, recommendStack; pyproject.toml)\n")
    (kill-emacs 0)))

(setq eglot-confirm-server-initiated-edits nil
      eglot-sync-connect 10
      eglot-autoreconnect nil)
;; No version control in the throwaway workspace: say where the project is.
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient stackls-project-root)))

(condition-case err
    (progn
      (find-file (expand-file-name "package.json" stackls-root))
      (flymake-mode 1)
      (eglot (list major-mode) (project-current) 'eglot-lsp-server (list stackls-bin) "json")
      (let ((server (stackls-wait (lambda () (eglot-current-server)) 15)))
        (stackls-check server "Eglot did not connect within 15 s")
        (when server
          (stackls-check (stackls-wait (lambda () (stackls-diagnostic-with-code "use-case-mismatch")) 15)
                         (format "no use-case-mismatch diagnostic in Flymake: %S" (stackls-diagnostic-texts)))
          ;; Hover on the declared use case.
          (goto-char (point-min))
          (search-forward "\"ai-ml\"")
          (backward-char 3)
          (let ((text (stackls-hover-text server)))
            (stackls-check (and (string-match-p "Node\\.js" text) (string-match-p "Python" text))
                           (format "hover lacks the comparison: %s" (substring text 0 (min 300 (length text))))))
          ;; The quick fix, with the diagnostics Eglot itself puts into the request.
          (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position)))
                 (fix (cl-find-if (lambda (a) (and (equal (plist-get a :kind) "quickfix") (plist-get a :edit)))
                                  actions)))
            (when (stackls-check fix (format "no quick fix offered: %S" actions))
              (eglot--apply-workspace-edit (plist-get fix :edit))
              (eglot--signal-textDocument/didChange)
              (stackls-check (stackls-wait (lambda () (not (stackls-diagnostic-with-code "use-case-mismatch"))) 15)
                             (format "the diagnostic is still there after %S: %S"
                                     (plist-get fix :title) (stackls-diagnostic-texts)))))
          ;; The command, as Eglot runs a server command.
          (let* ((result (eglot-execute-command server 'stackls.recommendStack
                                                (vector (list :root (directory-file-name stackls-root)))))
                 (rec (plist-get result :recommendation)))
            (stackls-check (equal (plist-get rec :stack) "python")
                           (format "stackls.recommendStack did not recommend python: %S" rec))
            (stackls-check (string-match-p "Python" (or (plist-get result :markdown) ""))
                           "stackls.recommendStack has no markdown report"))
          (let ((process (jsonrpc--process server)))
            (eglot-shutdown server)
            (stackls-check (stackls-wait (lambda () (not (process-live-p process))) 10)
                           "the server did not exit after shutdown"))))
      ;; pyproject.toml, in a second project with its own server.
      (setq stackls-project-root stackls-pyproject-root)
      (find-file (expand-file-name "pyproject.toml" stackls-pyproject-root))
      (flymake-mode 1)
      (eglot (list major-mode) (project-current) 'eglot-lsp-server (list stackls-bin) "toml")
      (let ((server (stackls-wait (lambda () (eglot-current-server)) 15))
            (id-start (save-excursion (goto-char (point-min))
                                      (search-forward "\"realtime-collaboration\"")
                                      (match-beginning 0))))
        (stackls-check server "pyproject: Eglot did not connect within 15 s")
        (when server
          (let ((mismatch (stackls-wait (lambda () (stackls-diagnostic-with-code "use-case-mismatch")) 15)))
            (when (stackls-check mismatch (format "pyproject: no use-case-mismatch diagnostic in Flymake: %S"
                                                  (stackls-diagnostic-texts)))
              (stackls-check (= (flymake-diagnostic-beg mismatch) id-start)
                             (format "pyproject: the mismatch starts at line %d column %d, expected line %d column %d"
                                     (line-number-at-pos (flymake-diagnostic-beg mismatch))
                                     (save-excursion (goto-char (flymake-diagnostic-beg mismatch)) (current-column))
                                     (line-number-at-pos id-start)
                                     (save-excursion (goto-char id-start) (current-column))))))
          (goto-char (point-min))
          (search-forward "\"channels[daphne]")
          (goto-char (+ (match-beginning 0) 3))
          (let ((text (stackls-hover-text server)))
            (stackls-check (string-match-p "channels\\*\\{0,2\\} (pypi)" text)
                           (format "pyproject: hover on the channels dependency does not name it: %s"
                                   (substring text 0 (min 300 (length text))))))
          (eglot-shutdown server))))
  (error (push (format "error: %S" err) stackls-failures)))
(stackls-finish)
