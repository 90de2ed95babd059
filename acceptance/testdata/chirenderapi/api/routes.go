package api

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// Article is the resource the service serves.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

func (a *Article) Bind(r *http.Request) error {
	if a.Title == "" {
		return errors.New("missing title")
	}
	return nil
}

// Routes builds the service's router.
func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/articles/{id}", getArticle)
	r.Post("/articles", createArticle)
	r.Get("/export", export)
	r.Get("/admin", admin)
	return r
}

func getArticle(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		render.Render(w, r, ErrUnauthorized)
		return
	}
	id := chi.URLParam(r, "id")
	if id == "" {
		render.Render(w, r, ErrNotFound)
		return
	}
	render.JSON(w, r, &Article{ID: id})
}

func createArticle(w http.ResponseWriter, r *http.Request) {
	data := &Article{}
	if err := render.Bind(r, data); err != nil {
		render.Render(w, r, ErrInvalidRequest(err))
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, data)
}

func export(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("all") != "" {
		render.Render(w, r, ErrQuota)
		return
	}
	render.Render(w, r, ErrRateLimited)
}

// Clean: the challenge is set before the 401 is rendered.
func admin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="admin"`)
		render.Render(w, r, ErrLoginNeeded)
		return
	}
	render.Render(w, r, ErrForbidden)
}
