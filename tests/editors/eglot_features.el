;;; eglot_features.el --- Emacs 28 + Eglot 1.9 in batch mode against stackls  -*- lexical-binding: t -*-
;; On a copy of examples/ml-on-node: the mismatch diagnostic reaches Flymake, a hover (plain
;; text: no markdown-mode here) compares Node.js and Python, a quick fix applied through
;; Eglot's own edit code makes the diagnostic go away, and stackls.recommendStack answers.
;; Batch Emacs runs no idle timers, so the Flymake start and Eglot's didChange flush that
;; an interactive session does on idle are called directly.

(dolist (dir '("eglot-1.9" "project-0.8.1" "xref-1.6.0" "seq-2.23"))
  (add-to-list 'load-path (expand-file-name dir "/usr/share/emacs/site-lisp/elpa")))
(require 'eglot)

(defvar stackls-bin (getenv "STACKLS_BIN"))
(defvar stackls-root (file-name-as-directory (getenv "STACKLS_WORKSPACE")))
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

(defun stackls-has-code (code)
  (cl-some (lambda (text) (string-match-p (regexp-quote (format "stackls [%s]" code)) text))
           (stackls-diagnostic-texts)))

(defun stackls-finish ()
  (if stackls-failures
      (progn (princ (format "FAIL:\n  %s\n" (mapconcat #'identity (reverse stackls-failures) "\n  ")))
             (kill-emacs 1))
    (princ "PASS: eglot features (diagnostic, hover, quick fix, recommendStack)\n")
    (kill-emacs 0)))

(setq eglot-confirm-server-initiated-edits nil
      eglot-sync-connect 10
      eglot-autoreconnect nil)
;; No version control in the throwaway workspace: say where the project is.
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient stackls-root)))

(condition-case err
    (progn
      (find-file (expand-file-name "package.json" stackls-root))
      (flymake-mode 1)
      (eglot (list major-mode) (project-current) 'eglot-lsp-server (list stackls-bin) "json")
      (let ((server (stackls-wait (lambda () (eglot-current-server)) 15)))
        (stackls-check server "Eglot did not connect within 15 s")
        (when server
          (stackls-check (stackls-wait (lambda () (stackls-has-code "use-case-mismatch")) 15)
                         (format "no use-case-mismatch diagnostic in Flymake: %S" (stackls-diagnostic-texts)))
          ;; Hover on the declared use case.
          (goto-char (point-min))
          (search-forward "\"ai-ml\"")
          (backward-char 3)
          (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
                 (contents (plist-get hover :contents))
                 (text (if (stringp contents) contents (or (plist-get contents :value) (format "%S" contents)))))
            (stackls-check (and (string-match-p "Node\\.js" text) (string-match-p "Python" text))
                           (format "hover lacks the comparison: %s" (substring text 0 (min 300 (length text))))))
          ;; The quick fix, with the diagnostics Eglot itself puts into the request.
          (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position)))
                 (fix (cl-find-if (lambda (a) (and (equal (plist-get a :kind) "quickfix") (plist-get a :edit)))
                                  actions)))
            (when (stackls-check fix (format "no quick fix offered: %S" actions))
              (eglot--apply-workspace-edit (plist-get fix :edit))
              (eglot--signal-textDocument/didChange)
              (stackls-check (stackls-wait (lambda () (not (stackls-has-code "use-case-mismatch"))) 15)
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
                           "the server did not exit after shutdown")))))
  (error (push (format "error: %S" err) stackls-failures)))
(stackls-finish)
