"""``harmledger serve`` and ``harmledger users add|list|set-role``: the web app and its accounts."""

from __future__ import annotations

from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, console, emit

users_app = typer.Typer(help="Web app accounts: add, list, change a role.", no_args_is_help=True)
app.add_typer(users_app, name="users")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public: Annotated[
        bool, typer.Option(help="Read-only public record: no logins, no sensitive fields.")
    ] = False,
    secure_cookies: Annotated[
        bool, typer.Option(help="Mark the session cookie Secure (serve behind https).")
    ] = False,
    home: HomeOption = None,
) -> None:
    """Serve the web app (dashboard, incidents, documents, victims, review) and the JSON API
    (OpenAPI docs at /api/docs) on the ledger, with uvicorn.

    Example: harmledger serve --port 8000   (then open http://127.0.0.1:8000/)
    Example: harmledger serve --public --host 0.0.0.0
    """
    try:
        import uvicorn
    except ImportError as error:
        from harmledger.errors import MissingExtraError

        raise MissingExtraError(
            "serve needs the 'web' extra: pip install 'harmledger[web]'"
        ) from error
    from harmledger.config import load_settings
    from harmledger.web import create_app

    web_app = create_app(
        load_settings(home=home), public=public, https_only=True if secure_cookies else None
    )
    mode = "public, read-only" if public else "log in with an account from 'harmledger users add'"
    console.print(f"harmledger: serving on http://{host}:{port}/ ({mode})")
    uvicorn.run(web_app, host=host, port=port, log_level="info")


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer, analyst (reviews) or admin.")] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(
            help="Password (at least 8 characters); prompted for when omitted.",
            envvar="HARMLEDGER_USER_PASSWORD",
        ),
    ] = None,
    home: HomeOption = None,
) -> None:
    """Add a web user; the password is stored only as an argon2 hash.

    Example: harmledger users add amina --role analyst
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import add_user

    if password is None:
        password = str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    with open_ledger(home=home) as ledger:
        user = add_user(ledger, username, password, role)
    console.print(f"added {user['username']} ({user['role']})")


@users_app.command("list")
def users_list(fmt: FormatOption = "table", home: HomeOption = None) -> None:  # type: ignore[assignment]
    """List web users and their roles.

    Example: harmledger users list --format json
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import list_users

    with open_ledger(home=home) as ledger:
        emit(list_users(ledger), fmt, columns=["username", "role", "created_at"], title="Users")


@users_app.command("set-role")
def users_set_role(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst or admin.")],
    home: HomeOption = None,
) -> None:
    """Change a user's role (takes effect on their next request).

    Example: harmledger users set-role amina admin
    """
    from harmledger.store.ledger import open_ledger
    from harmledger.web.users import set_role

    with open_ledger(home=home) as ledger:
        user = set_role(ledger, username, role)
    console.print(f"{user['username']} is now {user['role']}")
